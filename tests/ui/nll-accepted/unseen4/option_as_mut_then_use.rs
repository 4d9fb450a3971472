// Option::as_mut and if let Some(x) = &mut opt, then the Option used again.
#[derive(Debug)]
struct Session {
    user: Option<String>,
    views: u32,
}

fn main() {
    let mut s = Session { user: Some("kim".into()), views: 0 };
    if let Some(u) = s.user.as_mut() {
        u.push_str("_1");
        s.views += 1;
    }
    if let Some(u) = &mut s.user {
        u.make_ascii_uppercase();
    }
    let len = s.user.as_ref().map(|u| u.len()).unwrap_or(0);
    s.views += len as u32;
    let old = s.user.replace("lee".into());
    println!("{:?} {:?}", old, s);
    let name = s.user.get_or_insert_with(String::new);
    name.push('!');
    println!("{:?}", s);
}
