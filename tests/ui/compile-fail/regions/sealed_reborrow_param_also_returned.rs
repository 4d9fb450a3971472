//@ compile-fail
// The filter closure's capture of `*fb` is sealed, but `&fb[1]` returned as `'w` is E0621.
fn pick<'w>(words: &[&'w str], fb: &[usize; 2]) -> (Vec<&'w str>, &'w usize) {
    let v = words.iter().copied().filter(|w| w.len() == fb[0]).collect();
    (v, &fb[1]) //~ ERROR E0621
}
fn main() {
    let w = ["a", "bb"];
    println!("{:?}", pick(&w, &[1, 2]));
}
