//@ compile-fail
// A reference returned by a `&self` method used after the struct is dropped (E0505).
struct S { v: Vec<i32> }
impl S { fn first(&self) -> &i32 { &self.v[0] } }
fn main() {
    let s = S { v: vec![1] };
    let f = s.first();
    drop(s); //~ ERROR E0505
    println!("{}", f);
}
