//@ compile-fail
// A method taking `&Self` besides the receiver is not dyn compatible.
trait Same {
    fn same(&self, other: &Self) -> bool;
}
struct P(u32);
impl Same for P {
    fn same(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
fn main() {
    let items: Vec<Box<dyn Same>> = vec![Box::new(P(1))]; //~ ERROR E0038
    println!("{}", items.len());
}
