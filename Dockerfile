# The portal as a container. Build: docker build -t renkei . (docker-compose.yml does this for you.)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Renkei.Core/Renkei.Core.csproj src/Renkei.Core/
COPY src/Renkei.Web/Renkei.Web.csproj src/Renkei.Web/
RUN dotnet restore src/Renkei.Web/Renkei.Web.csproj
COPY src/ src/
RUN dotnet publish src/Renkei.Web/Renkei.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Renkei__LogDirectory=/app/logs
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Renkei.Web.dll"]
