//@ compile-fail
// A struct with a Drop impl is destructured to move out its String field.
struct Session {
    user: String,
    id: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("closing {}", self.id);
    }
}

fn main() {
    let s = Session { user: String::from("kim"), id: 7 };
    let Session { user, id } = s; //~ ERROR E0509
    println!("{} {}", user, id);
}
