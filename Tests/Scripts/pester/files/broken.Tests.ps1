# A file whose Discovery fails: the container fails and none of its tests run.
Describe 'Broken file' {
    It 'is found' { }
}
throw 'This file cannot be discovered.'
