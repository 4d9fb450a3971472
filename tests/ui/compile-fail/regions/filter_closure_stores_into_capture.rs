//@ compile-fail
// A filter closure that assigns a captured borrow to another captured variable lets it out.
fn main() {
    let words = ["ab", "cd"];
    let lower = String::from("ab");
    let mut keep: &str = "";
    let n = words
        .iter()
        .filter(|w| {
            keep = &lower;
            w.len() > 1
        })
        .count();
    drop(lower); //~ ERROR E0505
    println!("{n} {keep}");
}
