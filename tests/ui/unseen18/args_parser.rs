// Command-line argument parsing from a fixed Vec<&str> standing in for std::env::args: flags, options, --key=value, positionals, errors.
#[derive(Debug, Default)]
struct Options<'a> {
    verbose: bool,
    count: usize,
    name: Option<&'a str>,
    output: String,
    files: Vec<&'a str>,
}

#[derive(Debug)]
enum ArgError<'a> {
    Unknown(&'a str),
    MissingValue(&'a str),
    BadNumber(&'a str, String),
}

fn parse_args<'a>(args: &[&'a str]) -> Result<Options<'a>, ArgError<'a>> {
    let mut opts = Options { count: 1, output: String::from("out.txt"), ..Default::default() };
    let mut iter = args.iter().skip(1);
    let mut only_files = false;
    while let Some(&arg) = iter.next() {
        if only_files {
            opts.files.push(arg);
            continue;
        }
        if arg == "--" {
            only_files = true;
        } else if arg == "-v" || arg == "--verbose" {
            opts.verbose = true;
        } else if arg == "-n" || arg == "--count" {
            let value = iter.next().ok_or(ArgError::MissingValue(arg))?;
            opts.count = value.parse().map_err(|e: std::num::ParseIntError| ArgError::BadNumber(value, e.to_string()))?;
        } else if let Some(v) = arg.strip_prefix("--name=") {
            opts.name = Some(v);
        } else if let Some(v) = arg.strip_prefix("-o") {
            opts.output = if v.is_empty() {
                iter.next().ok_or(ArgError::MissingValue("-o"))?.to_string()
            } else {
                v.to_string()
            };
        } else if arg.starts_with('-') && arg.len() > 1 {
            return Err(ArgError::Unknown(arg));
        } else {
            opts.files.push(arg);
        }
    }
    Ok(opts)
}

fn usage(prog: &str) -> String {
    format!("usage: {} [-v] [-n N] [--name=NAME] [-o FILE] FILES...", prog)
}

fn main() {
    let runs: Vec<Vec<&str>> = vec![
        vec!["tool", "-v", "a.txt", "b.txt"],
        vec!["tool", "-n", "5", "--name=report", "-oresult.csv", "data.csv"],
        vec!["tool", "--count", "x"],
        vec!["tool", "-n"],
        vec!["tool", "--frobnicate"],
        vec!["tool", "-o", "final.txt", "--", "-v", "--weird-file"],
        vec!["tool"],
    ];
    for args in &runs {
        println!("$ {}", args.join(" "));
        match parse_args(args) {
            Ok(o) => {
                println!("  verbose={} count={} name={:?} output={}", o.verbose, o.count, o.name, o.output);
                if o.files.is_empty() {
                    println!("  {}", usage(args[0]));
                } else {
                    for (i, f) in o.files.iter().enumerate() {
                        println!("  file[{}] = {}", i, f);
                    }
                }
            }
            Err(ArgError::BadNumber(v, why)) => println!("  error: {:?} is not a number ({})", v, why),
            Err(e) => println!("  error: {:?}", e),
        }
    }
}
