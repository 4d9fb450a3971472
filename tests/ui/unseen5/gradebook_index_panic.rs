// A gradebook that panics with an out-of-bounds index when asked for a missing student.
struct Gradebook {
    names: Vec<String>,
    grades: Vec<Vec<u8>>,
}

impl Gradebook {
    fn average(&self, i: usize) -> f32 {
        let g = &self.grades[i];
        g.iter().map(|&x| x as f32).sum::<f32>() / g.len() as f32
    }
}

fn main() {
    let book = Gradebook {
        names: vec!["Ines".to_string(), "Omar".to_string(), "Lea".to_string()],
        grades: vec![vec![12, 15, 9], vec![18, 17], vec![10, 11, 14]],
    };
    for i in [0, 2, 1, 3] {
        let name = book.names.get(i).map(|s| s.as_str()).unwrap_or("?");
        println!("{}: {:.2}", name, book.average(i));
    }
}
