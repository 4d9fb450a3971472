//@ compile-fail
// impl Trait with an early return of another type (E0308).
fn evens(rev: bool) -> impl Iterator<Item = u32> {
    if rev {
        return (0..10).rev();
    }
    0..10 //~ ERROR E0308
}
fn main() { println!("{}", evens(true).count()); }
