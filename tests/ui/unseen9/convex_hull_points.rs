// Convex hull of integer points with Andrew's monotone chain, then the hull's perimeter and area (shoelace).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Point {
    x: i64,
    y: i64,
}

fn cross(o: Point, a: Point, b: Point) -> i64 {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

fn convex_hull(points: &[Point]) -> Vec<Point> {
    let mut pts = points.to_vec();
    pts.sort();
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let mut lower: Vec<Point> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<Point> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

fn perimeter(hull: &[Point]) -> f64 {
    let n = hull.len();
    (0..n)
        .map(|i| {
            let a = hull[i];
            let b = hull[(i + 1) % n];
            (((b.x - a.x).pow(2) + (b.y - a.y).pow(2)) as f64).sqrt()
        })
        .sum()
}

fn twice_area(hull: &[Point]) -> i64 {
    let n = hull.len();
    let mut s = 0;
    for i in 0..n {
        let a = hull[i];
        let b = hull[(i + 1) % n];
        s += a.x * b.y - b.x * a.y;
    }
    s.abs()
}

fn main() {
    let raw = [(0, 0), (4, 0), (2, 2), (4, 4), (0, 4), (1, 3), (3, 1), (2, 5), (2, 2), (5, 2), (-1, 2)];
    let points: Vec<Point> = raw.iter().map(|&(x, y)| Point { x, y }).collect();
    println!("{} points", points.len());
    let hull = convex_hull(&points);
    println!("hull has {} vertices:", hull.len());
    for p in &hull {
        println!("  ({}, {})", p.x, p.y);
    }
    let inside: Vec<&Point> = points.iter().filter(|p| !hull.contains(p)).collect();
    println!("inside or on edges: {:?}", inside);
    println!("perimeter = {:.4}", perimeter(&hull));
    let a2 = twice_area(&hull);
    println!("area = {}.{}", a2 / 2, if a2 % 2 == 0 { 0 } else { 5 });
    let tiny = convex_hull(&points[..2]);
    println!("hull of two points: {:?}", tiny);
}
