@echo off
rem Runs Wirewatch from a release archive. Needs only Java 17 or newer: %JAVA_HOME%\bin\java.exe,
rem or java on PATH. Extra JVM options go in WIREWATCH_JAVA_OPTS (default -Xss8m).
setlocal
set "WIREWATCH_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
if not defined WIREWATCH_JAVA_OPTS set "WIREWATCH_JAVA_OPTS=-Xss8m"
"%JAVA_EXE%" %WIREWATCH_JAVA_OPTS% -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -cp "%WIREWATCH_HOME%\lib\*" org.wirewatch.cli.Main %*
exit /b %ERRORLEVEL%
