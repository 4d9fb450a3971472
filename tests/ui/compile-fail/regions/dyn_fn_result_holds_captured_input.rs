//@ compile-fail
// Neighbour of unseen12/password_rules_closures: a `dyn Fn(&str) -> &str` returns its argument, so the collected result holds the captured `pw`.
struct Rewrite {
    apply: Box<dyn Fn(&str) -> &str>,
}

fn rewrite_all<'s>(rules: &'s [Rewrite], pw: &str) -> Vec<&'s str> {
    rules.iter().map(|r| (r.apply)(pw)).collect() //~ ERROR E0621
}

fn main() {
    let rules = vec![Rewrite { apply: Box::new(|s| s.trim()) }];
    println!("{:?}", rewrite_all(&rules, " x "));
}
