// {:#?} of nested structs, enums, maps, tuples, vectors, options; Debug of str/char escapes.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Shape {
    Circle { r: f64 },
    Rect(u32, u32),
    Empty,
}

#[derive(Debug)]
struct Layer {
    name: String,
    shapes: Vec<Shape>,
    visible: bool,
    tag: Option<char>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair(i32, &'static str);

fn main() {
    let layer = Layer {
        name: String::from("base"),
        shapes: vec![Shape::Circle { r: 1.5 }, Shape::Rect(2, 3), Shape::Empty],
        visible: true,
        tag: Some('x'),
    };
    println!("{:?}", layer);
    println!("{:#?}", layer);
    let mut map = BTreeMap::new();
    map.insert("one", vec![1]);
    map.insert("two", vec![]);
    println!("{:?}", map);
    println!("{:#?}", map);
    let t = (1, "two", [3.0, 4.5], (Unit, Pair(-1, "p")));
    println!("{:?}", t);
    println!("{:#?}", t);
    let nothing: Option<Vec<u8>> = None;
    println!("{:#?} {:?}", nothing, Some(Some(())));
    println!("{:?}", "tab\there \"quoted\" back\\slash\nnew 'single' é \u{7f} \0");
    println!("{:?} {:?} {:?} {:?} {:?}", 'a', '\'', '"', '\n', '\u{301}');
    println!("{:?}", String::from("line1\r\nline2"));
    let r: Result<u8, String> = Err("bad".to_string());
    println!("{:#?}", r);
    println!("[{:>12?}] [{:<8?}]", Some(1), "ab");
    let empty: Vec<Shape> = Vec::new();
    println!("{:#?} {:#?}", empty, ());
}
