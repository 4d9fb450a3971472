//@ compile-fail
// `impl Drop for Named<'static>` specialises the lifetime parameter.
struct Named<'a> {
    name: &'a str,
}
impl Drop for Named<'static> { //~ ERROR E0366
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}
fn main() {
    let _n = Named { name: "x" };
}
