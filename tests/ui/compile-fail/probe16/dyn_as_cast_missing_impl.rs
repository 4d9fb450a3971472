//@ compile-fail
// `&x as &dyn Trait` for a type without the impl (E0277).
trait Speak { fn speak(&self) -> String; }
struct Rock;
fn main() {
    let r = Rock;
    let s = &r as &dyn Speak; //~ ERROR E0277
    let _ = s;
}
