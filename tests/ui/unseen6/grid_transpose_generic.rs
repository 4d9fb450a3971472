// Generic helpers over Vec<Vec<T>>: transpose with T: Clone, a generic Grid with Display-bound printing.
use std::fmt::Display;

fn transpose<T: Clone>(rows: &[Vec<T>]) -> Vec<Vec<T>> {
    if rows.is_empty() {
        return Vec::new();
    }
    let width = rows[0].len();
    (0..width).map(|c| rows.iter().map(|r| r[c].clone()).collect()).collect()
}

struct Grid<T> {
    rows: Vec<Vec<T>>,
}

impl<T: Display + Clone> Grid<T> {
    fn render(&self, width: usize) -> String {
        let mut out = String::new();
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| format!("{:>w$}", c, w = width)).collect();
            out.push_str(&cells.join(" "));
            out.push('\n');
        }
        out
    }

    fn flipped(&self) -> Grid<T> {
        Grid { rows: transpose(&self.rows) }
    }

    fn column(&self, c: usize) -> Option<Vec<T>> {
        self.rows.iter().map(|r| r.get(c).cloned()).collect()
    }
}

fn largest_in_rows<T: PartialOrd + Copy>(rows: &[Vec<T>]) -> Vec<T> {
    rows.iter()
        .map(|r| {
            let mut best = r[0];
            for &x in r {
                if x > best {
                    best = x;
                }
            }
            best
        })
        .collect()
}

fn main() {
    let g = Grid { rows: vec![vec![1, 2, 3], vec![4, 5, 6]] };
    print!("{}", g.render(2));
    let t = g.flipped();
    print!("{}", t.render(2));
    println!("column 1: {:?}", g.column(1));
    println!("column 5: {:?}", g.column(5));
    println!("row maxima: {:?}", largest_in_rows(&t.rows));

    let names = Grid {
        rows: vec![
            vec![String::from("ant"), String::from("bee")],
            vec![String::from("cat"), String::from("dog")],
            vec![String::from("eel"), String::from("fox")],
        ],
    };
    print!("{}", names.flipped().render(4));
    let floats = vec![vec![1.5, -2.0], vec![0.25, 9.75]];
    println!("{:?}", largest_in_rows(&floats));
    println!("{:?}", transpose(&floats));
    let empty: Vec<Vec<char>> = Vec::new();
    println!("{:?}", transpose(&empty));
}
