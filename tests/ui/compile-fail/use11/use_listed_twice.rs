//@ compile-fail
// One `use<..>` list per `impl Trait`.
fn unit() -> impl Sized + use<> + use<> {} //~ ERROR duplicate `use<...>`

fn main() {
    unit();
}
