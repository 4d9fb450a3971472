// Nested enum, struct and tuple patterns destructured in one match.
enum Color {
    Rgb(u8, u8, u8),
    Hsv(u16, u8, u8),
}

enum Shape {
    Dot,
    Circle { r: u32, color: Color },
    Pair(Box<Shape>, Box<Shape>),
}

fn name(s: &Shape) -> String {
    match s {
        Shape::Dot => "dot".into(),
        Shape::Circle { r: 0, .. } => "degenerate circle".into(),
        Shape::Circle { r, color: Color::Rgb(255, g, b) } => format!("reddish circle {r} ({g},{b})"),
        Shape::Circle { color: Color::Rgb(..), r } => format!("rgb circle {r}"),
        Shape::Circle { color: Color::Hsv(h, _, _), .. } => format!("hsv circle h={h}"),
        Shape::Pair(a, b) => match (a.as_ref(), b.as_ref()) {
            (Shape::Dot, Shape::Dot) => "two dots".into(),
            (x, y) => format!("pair of {} and {}", name(x), name(y)),
        },
    }
}

fn main() {
    let shapes = vec![
        Shape::Dot,
        Shape::Circle { r: 0, color: Color::Rgb(0, 0, 0) },
        Shape::Circle { r: 2, color: Color::Rgb(255, 1, 2) },
        Shape::Circle { r: 3, color: Color::Rgb(1, 1, 2) },
        Shape::Circle { r: 4, color: Color::Hsv(200, 1, 1) },
        Shape::Pair(Box::new(Shape::Dot), Box::new(Shape::Dot)),
        Shape::Pair(Box::new(Shape::Dot), Box::new(Shape::Circle { r: 1, color: Color::Hsv(5, 0, 0) })),
    ];
    for s in &shapes {
        println!("{}", name(s));
    }
}
