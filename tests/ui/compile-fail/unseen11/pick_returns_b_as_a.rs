//@ compile-fail
// With two named lifetimes, the function returns the 'b parameter where 'a is promised.
fn pick<'a, 'b>(preferred: &'a str, backup: &'b str) -> &'a str {
    if preferred.is_empty() {
        backup //~ ERROR lifetime may not live long enough
    } else {
        preferred
    }
}

fn main() {
    println!("{}", pick("", "backup"));
}
