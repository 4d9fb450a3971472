//@ compile-fail
// Copying a settings object with `.clone()` as Java's clone(), on a struct that does not derive Clone.
struct Settings {
    theme: String,
    font_size: u32,
}

fn main() {
    let defaults = Settings { theme: "dark".to_string(), font_size: 12 };
    let mut mine = defaults.clone(); //~ ERROR E0599
    mine.font_size = 14;
    println!("{} {} {}", defaults.theme, defaults.font_size, mine.font_size);
}
