//@ compile-fail
// `if let Some(addr) = user.address` moves the field; the whole user cannot be borrowed later.
struct User {
    name: String,
    address: Option<String>,
}

impl User {
    fn describe(&self) -> String {
        format!("{} ({})", self.name, self.address.is_some())
    }
}

fn main() {
    let user = User { name: String::from("ann"), address: Some(String::from("Paris")) };
    if let Some(addr) = user.address {
        println!("lives in {}", addr);
    }
    println!("{}", user.describe()); //~ ERROR E0382
}
