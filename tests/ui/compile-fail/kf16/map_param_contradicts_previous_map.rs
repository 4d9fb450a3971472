//@ compile-fail
// A closure whose annotated parameter type contradicts the item of the previous `map` (E0631).
fn main() {
    let doubled = (0i32..3).map(|p: i32| p * 2);
    let small = doubled.map(|x: u8| x); //~ ERROR E0631
    drop(small);
}
