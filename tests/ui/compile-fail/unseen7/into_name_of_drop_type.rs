//@ compile-fail
// A method consuming self moves a field out of a type that implements Drop.
struct Session {
    user: String,
    token: u64,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("session {} closed", self.token);
    }
}

impl Session {
    fn into_user(self) -> String {
        self.user //~ ERROR E0509
    }
}

fn main() {
    let s = Session { user: String::from("root"), token: 7 };
    println!("{}", s.into_user());
}
