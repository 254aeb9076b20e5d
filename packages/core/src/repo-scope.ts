/**
 * Where a repository-level permission applies: every repository of the organization, or an explicit
 * set of repository ids (team grants by repository and by tag, resolved on each request so tag
 * changes take effect at once). NOTE(repo-visibility): every list and aggregate filters by one.
 */
export type RepoScope = { readonly all: true } | { readonly all: false; readonly ids: readonly string[] };

export const ALL_REPOSITORIES: RepoScope = Object.freeze({ all: true });
export const NO_REPOSITORIES: RepoScope = Object.freeze({ all: false, ids: [] });

export const scopeIncludes = (scope: RepoScope, repositoryId: string): boolean => scope.all || scope.ids.includes(repositoryId);

export function unionScopes(scopes: Iterable<RepoScope>): RepoScope {
  const ids = new Set<string>();
  for (const s of scopes) {
    if (s.all) return ALL_REPOSITORIES;
    for (const id of s.ids) ids.add(id);
  }
  return { all: false, ids: [...ids] };
}

/** The intersection with an explicit id list a caller asked for (a filter never widens visibility). */
export function narrowScope(scope: RepoScope, requested: readonly string[] | undefined): readonly string[] | undefined {
  if (requested === undefined) return scope.all ? undefined : scope.ids;
  return scope.all ? requested : requested.filter((id) => scope.ids.includes(id));
}
