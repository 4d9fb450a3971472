//@ compile-fail
// A prop with a Drop impl is struck early by calling its drop method directly.
struct Prop {
    name: String,
}

impl Drop for Prop {
    fn drop(&mut self) {
        println!("strike {}", self.name);
    }
}

fn main() {
    let mut lamp = Prop { name: "lamp".to_string() };
    println!("on stage: {}", lamp.name);
    lamp.drop(); //~ ERROR E0040
    println!("after strike");
}
