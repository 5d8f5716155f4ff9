# Set-PSRepository -InstallationPolicy Trusted on the gallery, as install scripts do first.
(Get-PSRepository -Name PSGallery).InstallationPolicy
Set-PSRepository -Name PSGallery -InstallationPolicy Trusted
(Get-PSRepository).InstallationPolicy
