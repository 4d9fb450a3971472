// A match guard borrows the scrutinee, then the arm moves out of it.
#[derive(Debug)]
enum Msg {
    Text(String),
    Num(i64),
}

fn handle(m: Msg) -> String {
    match m {
        Msg::Text(s) if s.starts_with('#') => format!("tag {}", s),
        Msg::Text(s) => s,
        Msg::Num(n) if n < 0 => "negative".to_string(),
        Msg::Num(n) => n.to_string(),
    }
}

fn main() {
    let msgs = vec![Msg::Text("#rust".into()), Msg::Text("hi".into()), Msg::Num(-3), Msg::Num(8)];
    let out: Vec<String> = msgs.into_iter().map(handle).collect();
    println!("{:?}", out);
    let opt = Some(String::from("keep"));
    let s = match opt {
        Some(ref v) if v.len() > 10 => v.clone(),
        Some(v) => v,
        None => String::new(),
    };
    println!("{}", s);
}
