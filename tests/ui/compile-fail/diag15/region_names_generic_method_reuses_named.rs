// A method with its own generics returning a `'b` parameter where `&self`'s lifetime is promised (reported at the match).
//@ compile-fail
struct Table<T> { rows: Vec<T> }
impl<T> Table<T> {
    fn first_or<'b>(&self, fallback: &'b T) -> &T {
        match self.rows.first() { //~ ERROR lifetime may not live long enough
            Some(r) if self.rows.len() > 1 => r,
            _ => fallback,
        }
    }
}
fn main() {
    let t = Table { rows: vec![1, 2] };
    println!("{}", t.first_or(&0));
}
