//@ compile-fail
// `use<>` captures nothing, but the hidden iterator borrows the 'a argument: E0700.
fn first<'a>(v: &'a [i32]) -> impl Iterator<Item = i32> + use<> {
    v.iter().copied() //~ ERROR E0700
}

fn main() {
    for x in first(&[1, 2]) {
        println!("{}", x);
    }
}
