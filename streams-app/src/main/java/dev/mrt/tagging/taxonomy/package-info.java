/**
 * The taxonomy: what the tagger knows, and how it is loaded.
 *
 * <h2>The model</h2>
 * {@link dev.mrt.tagging.taxonomy.Taxonomy} (codes, families, countries of assets, generic
 * assets by country, tag rules), {@link dev.mrt.tagging.taxonomy.CodeRoles} (the codes code
 * relies on, by role: Java names the role, {@code taxonomy.yaml} the code),
 * {@link dev.mrt.tagging.taxonomy.Concept} (what a phrase means) and the compiled
 * {@link dev.mrt.tagging.taxonomy.PhraseMatcher} that finds phrases in tokens as
 * {@link dev.mrt.tagging.taxonomy.Mention}s; closed vocabularies of the contract as enums
 * ({@link dev.mrt.tagging.taxonomy.AssetClass}, {@link dev.mrt.tagging.taxonomy.Direction}, ...).
 *
 * <h2>Loading</h2>
 * {@link dev.mrt.tagging.taxonomy.TaxonomyLoader} runs three steps with one job each:
 * {@code TaxonomyYamlReader} binds each file with Jackson into the records of
 * {@code TaxonomyYaml} (values that errors may point at carry their file, line and column),
 * {@code TaxonomyValidator} checks them (with {@code DeclaredCodes}, {@code EntityAliases},
 * {@code CodeRolesCheck}, {@code ValueChecks}), {@code TaxonomyCompiler} builds the model. A bad
 * file fails the load with a {@link dev.mrt.tagging.taxonomy.TaxonomyException} naming file,
 * line, column and key.
 *
 * <p>Uses {@code text} (to tokenize phrases) and Jackson; nothing else of the tagger.
 */
package dev.mrt.tagging.taxonomy;
