//@ compile-fail
// A list comprehension ported as `.collect()` with no type to collect into, as Python infers a list.
fn main() {
    let words = "one two three";
    let upper = words.split(' ').map(|w| w.to_uppercase()).collect(); //~ ERROR E0282
    println!("{}", upper.len());
}
