//@ compile-fail
// `impl Iterator + '_` on `&self` may hold self's borrow only: returning another parameter's iterator is refused.
struct S {
    v: Vec<i32>,
}
impl S {
    fn f<'a>(&self, other: &'a Vec<i32>) -> impl Iterator<Item = &i32> + '_ {
        other.iter() //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let s = S { v: vec![1] };
    let o = vec![2];
    println!("{:?} {}", s.f(&o).collect::<Vec<_>>(), s.v.len());
}
