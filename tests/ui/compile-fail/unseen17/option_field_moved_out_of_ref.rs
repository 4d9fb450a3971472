//@ compile-fail
// Reading an Option<String> field out of `&self` with `match self.nickname` and returning the String.
struct Profile {
    nickname: Option<String>,
    name: String,
}

impl Profile {
    fn display_name(&self) -> String {
        match self.nickname { //~ ERROR E0507
            Some(n) => n,
            None => self.name.clone(),
        }
    }
}

fn main() {
    let p = Profile { nickname: None, name: "Ann".to_string() };
    println!("{}", p.display_name());
}
