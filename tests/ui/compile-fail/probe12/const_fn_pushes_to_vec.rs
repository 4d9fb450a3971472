//@ compile-fail
// A `const fn` calling `Vec::push`, which is not `const`.
const fn build() -> Vec<u32> {
    let mut v = Vec::new();
    v.push(1); //~ ERROR E0658
//~^ ERROR `Vec::<T, A>::push` is not yet stable as a const fn
    v
}
fn main() {
    println!("{}", build().len());
}
