// `Box<dyn Fn>` fields: 'static unless the struct says `+ 'a`; move closures owning their data fit.
struct Button {
    label: String,
    on_click: Box<dyn Fn(u32) -> String>,
}

struct Borrowing<'a> {
    check: Box<dyn Fn(&str) -> bool + 'a>,
}

fn make(label: &str, prefix: String) -> Button {
    Button { label: label.to_string(), on_click: Box::new(move |n| format!("{}{}", prefix, n)) }
}

fn main() {
    let mut buttons = vec![make("ok", String::from("clicked #"))];
    let greeting = String::from("hello ");
    buttons.push(Button { label: "hi".into(), on_click: Box::new(move |n| greeting.repeat(n as usize)) });
    buttons.push(Button { label: "plain".into(), on_click: Box::new(|n| (n * 2).to_string()) });
    for (i, b) in buttons.iter().enumerate() {
        println!("{}: {}", b.label, (b.on_click)(i as u32 + 1));
    }
    let banned = vec!["spam", "scam"];
    let filter = Borrowing { check: Box::new(|w| banned.contains(&w)) };
    let words = ["hello", "spam", "rust"];
    let kept: Vec<&&str> = words.iter().filter(|w| !(filter.check)(w)).collect();
    println!("{:?}", kept);
}
