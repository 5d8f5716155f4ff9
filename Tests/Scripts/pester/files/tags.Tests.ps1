Describe 'Licensing' -Tag 'Licensing' {
    It 'assigns' { } 
    It 'removes' -Tag 'Slow' { }
}
Describe 'Mail' {
    It 'sends' -Tag 'Mail' { }
    It 'has no tag' { }
}
