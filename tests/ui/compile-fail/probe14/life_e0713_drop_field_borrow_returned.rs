//@ compile-fail
// Returning a borrow of a field of a Drop type reached through `&mut` consumed by value.
struct W<'a> { r: &'a mut String }
impl Drop for W<'_> {
    fn drop(&mut self) {}
}
fn get<'a>(w: W<'a>) -> &'a mut String {
    w.r //~ ERROR E0713
}
fn main() {
    let mut s = String::new();
    get(W { r: &mut s }).push('a');
}
