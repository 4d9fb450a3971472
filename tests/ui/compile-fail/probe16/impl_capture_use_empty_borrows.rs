//@ compile-fail
// use<> forbids capturing the argument's lifetime that the hidden type uses (lifetime error).
fn firsts(v: &[u32]) -> impl Iterator<Item = u32> + use<> {
    v.iter().copied() //~ ERROR E0700
}
fn main() { println!("{}", firsts(&[1, 2]).count()); }
