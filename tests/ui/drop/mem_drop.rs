// std::mem::drop ends a value early; a moved-from binding is not dropped again.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let a = Guard("a");
    let b = Guard("b");
    drop(a);
    println!("after drop(a)");
    let c = b;
    println!("moved b into c");
    std::mem::drop(c);
    println!("end of main");
}
