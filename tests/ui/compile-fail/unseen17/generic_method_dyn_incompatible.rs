//@ compile-fail
// A Java-style interface with a generic method is used as `Box<dyn Serializer>`.
trait Serializer {
    fn write<T: std::fmt::Display>(&self, value: T) -> String;
}

struct Json;

impl Serializer for Json {
    fn write<T: std::fmt::Display>(&self, value: T) -> String {
        format!("\"{}\"", value)
    }
}

fn main() {
    let s: Box<dyn Serializer> = Box::new(Json); //~ ERROR E0038
    println!("{}", s.write(5));
}
