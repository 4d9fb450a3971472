// Formatting: width, fill, alignment, precision, sign, alternate forms, named and positional arguments, Debug of nested data.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Shape {
    Dot(Point),
    Line { from: Point, to: Point },
}

fn main() {
    let rows = [("Widget", 4, 3.5), ("Gadget-XL", 12, 19.99), ("Nut", 250, 0.045)];
    println!("{:<12}|{:^7}|{:>10}", "item", "qty", "price");
    println!("{:-<12}+{:-^7}+{:->10}", "", "", "");
    for (name, qty, price) in rows {
        println!("{:<12}|{:^7}|{:>10.2}", name, qty, price);
    }
    println!("{:=^31}", " end ");

    let pi = 3.14159265;
    println!("[{:8.3}] [{:<8.3}] [{:^8.1}] [{:+.2}] [{:08.2}]", pi, pi, pi, pi, -pi);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}] [{:05}] [{:+}]", 42, 42, 42, 42, -42, 42);
    println!("[{:x}] [{:X}] [{:#x}] [{:o}] [{:#o}] [{:b}] [{:#b}] [{:#010b}]", 255, 255, 255, 8, 8, 5, 5, 5);
    println!("[{:e}] [{:e}] [{:.2e}]", 1234.5, 0.00012, 123456.0);
    println!("[{0}-{1}-{0}] [{name} is {age}] [{2:>w$}] [{3:.4$}]", "a", "b", 7, 2.71828, 3, name = "Ann", age = 30, w = 4);
    let width = 6;
    let prec = 1;
    println!("[{:>width$.prec$}] [{:*<width$}] [{:#>4}]", 9.87, "ab", 1);
    println!("[{:?}] [{:?}] [{:?}] [{:?}]", "quote\"d\n", 'x', '\'', "tab\t");
    println!("[{}] [{:?}] [{}] [{:?}] [{:?}]", 1.0, 1.0, 0.1 + 0.2, 1e21, f64::MIN_POSITIVE);
    println!("[{}] [{}] [{}] [{:?}]", f64::NAN, -f64::INFINITY, -0.0, -0.0);
    println!("[{:5}] [{:<5}] [{:>6?}]", true, false, Some(1));
    println!("[{:10.3?}] [{:?}]", 0.5f32, (1, "two", [3.0, 4.5]));

    let p = Point { x: 3, y: -4 };
    println!("{:?}", p);
    println!("{p:?} {}", p.x);
    let shapes = vec![Shape::Dot(Point { x: 0, y: 0 }), Shape::Line { from: Point { x: 1, y: 2 }, to: Point { x: 3, y: 4 } }];
    println!("{:?}", shapes);
    println!("{:#?}", shapes[1]);
    println!("{:#?}", (1, "x"));
    println!("{:?} {:?}", Some(vec![Some(1), None]), Ok::<&str, ()>("ok"));
    let s = format!("{:>3}|{:<3}|", 'c', 'd');
    println!("{s} len {}", s.len());
    let mut out = String::new();
    use std::fmt::Write;
    for i in 0..3 {
        write!(out, "{i:02}:").unwrap();
    }
    writeln!(out, " done").unwrap();
    print!("{out}");
    println!("{{literal}} {:>5}", "é");
    eprintln!("to stderr: {:?}", p);
}
