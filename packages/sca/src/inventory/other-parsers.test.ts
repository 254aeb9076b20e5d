import { describe, expect, it } from 'vitest';
import { inventoryOf, summary } from '../../test/inventory-helpers';

describe('Go, Maven, Cargo, RubyGems, Packagist and NuGet manifests', () => {
  it('go.mod: direct vs // indirect, local replace is a file source, module replace renames, stdlib from toolchain', async () => {
    const inv = await inventoryOf('lockfiles/go/modern');
    expect(summary(inv)).toEqual([
      'example.com/localmod@v0.0.0:prod*:file',
      'github.com/gin-gonic/gin@v1.9.0:prod*',
      'github.com/hashicorp/consul@v1.2.0+incompatible:prod',
      'github.com/json-iterator/go@v1.1.12:prod',
      'github.com/new/thing@v1.2.0:prod*',
      'golang.org/x/net@v0.0.0-20220906165146-f3363e06e74c:prod',
      'golang.org/x/text@v0.3.7:prod*',
      'gopkg.in/yaml.v2@v2.2.2:prod*',
      'stdlib@1.21.5:prod*',
    ]);
    expect(inv.packages.find((p) => p.name === 'github.com/gin-gonic/gin')!.purl).toBe('pkg:golang/github.com/gin-gonic/gin@v1.9.0');
  });

  it('go.mod before Go 1.17 takes missing modules from go.sum at their highest version', async () => {
    const inv = await inventoryOf('lockfiles/go/legacy');
    expect(summary(inv)).toEqual(['github.com/gorilla/mux@v1.7.0:prod*', 'golang.org/x/crypto@v0.0.0-20200622213623-75b288015ac9:prod', 'stdlib@1.14:prod*']);
    expect(inv.manifests[0]!.transitiveKnown).toBe(false);
  });

  it('pom.xml: properties, project.version, dependencyManagement; unresolvable versions are kept and warned about', async () => {
    const inv = await inventoryOf('lockfiles/maven/pom');
    expect(summary(inv)).toEqual([
      'com.fasterxml.jackson.core:jackson-databind@2.9.8:prod*',
      'com.google.guava:guava@20.0:prod*',
      'commons-collections:commons-collections@${undefined.prop}:prod*',
      'junit:junit@4.12:dev*',
      'org.apache.logging.log4j:log4j-core@2.14.1:prod*',
      'org.example:webapp-common@1.4.0:prod*',
      'org.springframework.boot:spring-boot-starter-web@:prod*',
    ]);
    const m = inv.manifests[0]!;
    expect(m.transitiveKnown).toBe(false);
    expect(m.warnings).toEqual([
      'org.springframework.boot:spring-boot-starter-web: no version (inherited from a parent or BOM not available offline)',
      'commons-collections:commons-collections: unresolved property in version ${undefined.prop}',
    ]);
    expect(inv.packages[0]!.purl).toBe('pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8');
  });

  it('pom.xml in a multi-module build: the local parent pom supplies properties, managed versions and inherited dependencies', async () => {
    const inv = await inventoryOf('lockfiles/maven/multi-module');
    expect(summary(inv, 'service/pom.xml')).toEqual([
      'com.fasterxml.jackson.core:jackson-databind@2.9.10:prod*',
      'org.apache.commons:commons-text@1.10.0:prod*',
      'org.example.shop:shop-model@3.2.0:prod*',
      'org.slf4j:slf4j-api@1.7.30:prod*',
    ]);
    expect(inv.manifests.find((m) => m.path === 'service/pom.xml')!.warnings).toEqual([]);
    expect(summary(inv, 'pom.xml')).toEqual(['org.slf4j:slf4j-api@1.7.30:prod*']);
  });

  it('gradle.lockfile: test-only configurations are dev, empty= lines skipped', async () => {
    const inv = await inventoryOf('lockfiles/maven/gradle');
    expect(summary(inv)).toEqual(['com.fasterxml.jackson.core:jackson-databind@2.9.8:prod', 'com.google.guava:guava@20.0:prod', 'junit:junit@4.12:dev']);
  });

  it('Cargo.lock: workspace member roots, two versions of one crate, git source', async () => {
    const inv = await inventoryOf('lockfiles/cargo');
    expect(summary(inv)).toEqual(['libc@0.2.150:prod', 'smallvec@0.6.13:prod*', 'smallvec@1.11.0:prod', 'time@0.1.43:prod*', 'tokio@1.8.0:prod*:git']);
  });

  it('Cargo.toml beside the lockfile marks dev-only crates (and what only they pull in) as dev', async () => {
    const inv = await inventoryOf('lockfiles/cargo-dev');
    expect(summary(inv)).toEqual(['libc@0.2.150:prod', 'smallvec@0.6.13:dev*', 'smallvec@1.11.0:prod', 'time@0.1.43:prod*', 'tokio@1.8.0:prod*:git']);
  });

  it('Gemfile.lock: GIT/GEM sections, platform suffix stripped, DEPENDENCIES are direct', async () => {
    const inv = await inventoryOf('lockfiles/ruby');
    expect(summary(inv)).toEqual(['activesupport@5.2.0:prod', 'concurrent-ruby@1.1.5:prod', 'nokogiri@1.13.1:prod*', 'racc@1.6.0:prod', 'rails@5.2.0:prod*:git']);
  });

  it('Gemfile groups beside the lockfile mark development/test gems as dev; shared transitive gems stay prod', async () => {
    const inv = await inventoryOf('lockfiles/ruby-groups');
    expect(summary(inv)).toEqual(['byebug@11.1.3:dev*', 'nokogiri@1.13.1:prod*', 'racc@1.6.0:prod+dev', 'rspec-core@3.12.0:dev', 'rspec@3.12.0:dev*', 'rubocop@1.50.0:dev*']);
  });

  it('composer.lock: packages-dev are dev (not dropped), source-only git packages are git', async () => {
    const inv = await inventoryOf('lockfiles/composer');
    expect(summary(inv)).toEqual(['acme/private@dev-main:prod*:git', 'guzzlehttp/guzzle@6.3.0:prod*', 'guzzlehttp/psr7@1.4.2:prod', 'phpunit/phpunit@v8.5.0:dev*']);
  });

  it('NuGet packages.lock.json: Direct/Transitive/Project entries', async () => {
    const inv = await inventoryOf('lockfiles/nuget');
    expect(summary(inv)).toEqual(['MyProject.Core@:prod*:link', 'Newtonsoft.Json@12.0.1:prod*', 'System.Memory@4.5.0:prod', 'System.Text.Encodings.Web@4.5.0:prod*']);
    expect(inv.packages.find((p) => p.name === 'Newtonsoft.Json')!.normalizedName).toBe('newtonsoft.json');
  });
});
