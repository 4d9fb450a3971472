//@ compile-fail
// The inner struct of a nested literal names a field from the outer struct.
struct Size {
    w: u32,
    h: u32,
}

struct Window {
    title: String,
    size: Size,
}

fn main() {
    let win = Window {
        title: String::from("main"),
        size: Size { w: 640, h: 480, title: 1 }, //~ ERROR E0560
    };
    println!("{} {}", win.title, win.size.w * win.size.h);
}
