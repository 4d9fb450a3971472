//@ compile-fail
// A getter takes &Profile and calls unwrap on the Option<String> field, moving it out of the borrow.
struct Profile {
    login: String,
    nickname: Option<String>,
}

fn display_name(p: &Profile) -> String {
    if p.nickname.is_some() {
        p.nickname.unwrap() //~ ERROR E0507
    } else {
        p.login.clone()
    }
}

fn main() {
    let p = Profile { login: "jdoe".to_string(), nickname: Some("J".to_string()) };
    println!("{}", display_name(&p));
}
