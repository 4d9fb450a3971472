//@ compile-fail
// `use<..>` is allowed only on a return-position `impl Trait`, not on a trait object.
fn make(x: &i32) -> Box<dyn Fn() -> i32 + use<>> { //~ ERROR not allowed in `dyn` trait object bounds
    let y = *x;
    Box::new(move || y)
}

fn main() {
    println!("{}", make(&1)());
}
