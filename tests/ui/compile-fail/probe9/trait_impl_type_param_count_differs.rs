//@ compile-fail
// The trait's `feed` is generic over `T`; the impl's is not, so it cannot accept every `T`.
trait Sink {
    fn feed<T: std::fmt::Debug>(&self, value: T) -> String;
}
struct Log;
impl Sink for Log {
    fn feed(&self, value: i32) -> String { //~ ERROR E0049
        format!("{:?}", value)
    }
}
fn main() {
    println!("{}", Log.feed(1));
}
