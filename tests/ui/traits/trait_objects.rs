// &dyn Trait parameters and a Vec<Box<dyn Trait>> with dynamic dispatch.
trait Draw {
    fn draw(&self) -> String;
}

struct Button {
    label: String,
}

struct SelectBox {
    options: Vec<String>,
}

impl Draw for Button {
    fn draw(&self) -> String {
        format!("[{}]", self.label)
    }
}

impl Draw for SelectBox {
    fn draw(&self) -> String {
        format!("<{}>", self.options.join("|"))
    }
}

fn render(item: &dyn Draw) {
    println!("{}", item.draw());
}

fn main() {
    let screen: Vec<Box<dyn Draw>> = vec![
        Box::new(SelectBox { options: vec!["Yes".into(), "Maybe".into(), "No".into()] }),
        Box::new(Button { label: "OK".into() }),
    ];
    for c in screen.iter() {
        render(c.as_ref());
    }
    println!("{}", std::mem::size_of::<&dyn Draw>());
}
