// derive(Debug) on nested structs, printed with {:?} and {:#?}.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Line {
    from: Point,
    to: Point,
    label: Option<String>,
    tags: Vec<&'static str>,
}

#[derive(Debug)]
struct Wrapper(f64, bool);

#[derive(Debug)]
struct Empty;

fn main() {
    let line = Line {
        from: Point { x: 0, y: 0 },
        to: Point { x: 3, y: -4 },
        label: Some(String::from("diag")),
        tags: vec!["a", "b"],
    };
    println!("{:?}", line);
    println!("{:#?}", line);
    println!("{:?} {:?}", Wrapper(1.0, true), Empty);
    println!("{:#?}", Wrapper(0.5, false));
}
