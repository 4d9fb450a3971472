// `Vec::swap_remove` out of bounds is reported inside alloc's vec/mod.rs.
fn main() {
    let mut names = vec![String::from("a"), String::from("b"), String::from("c")];
    let last = names.swap_remove(0);
    println!("{last} {:?}", names);
    let i = names.len() + 1;
    let gone = names.swap_remove(i);
    println!("{gone}");
}
