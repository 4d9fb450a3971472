// Struct update syntax moves the String fields; Copy fields of the old value stay usable.
#[derive(Debug)]
struct Settings {
    name: String,
    width: u32,
    height: u32,
}

fn main() {
    let base = Settings { name: String::from("base"), width: 10, height: 20 };
    let wide = Settings { width: 99, ..base };
    println!("{:?}", wide);
    println!("{} {}", base.width, base.height);
    let copy_w = base.width * 2;
    println!("{}", copy_w);
}
