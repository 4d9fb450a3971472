//@ compile-fail
// A generic method needs one body per type argument: a vtable cannot list them all.
trait Logger {
    fn log<T: std::fmt::Debug>(&self, value: T);
}
struct Stdout;
impl Logger for Stdout {
    fn log<T: std::fmt::Debug>(&self, value: T) {
        println!("{:?}", value);
    }
}
fn use_logger(l: &dyn Logger) { //~ ERROR E0038
    let _ = l;
}
fn main() {
    Stdout.log(1);
}
