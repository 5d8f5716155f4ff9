# Assigning a static property of an emulated .NET type (the TLS line of many scripts) is
# accepted and read back for the rest of the session, under any spelling of the type.
[Net.ServicePointManager]::SecurityProtocol
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
[System.Net.ServicePointManager]::SecurityProtocol
