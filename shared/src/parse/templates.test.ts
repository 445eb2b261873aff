// Layouts the corpus does not have, built from scratch: the parser must not depend on the corpus.
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../node/parse-file';
import { buildPdf, textWidth, type PdfText } from '../../test/pdf-builder';

const right = (text: string, y: number, size = 10, bold = false): PdfText => ({
  text,
  x: 560 - textWidth(text, size),
  y,
  size,
  bold,
});
const left = (text: string, x: number, y: number, size = 10, bold = false): PdfText => ({
  text,
  x,
  y,
  size,
  bold,
});

async function parse(page: PdfText[]) {
  const result = await parseResumeBytes(buildPdf({ pages: [page] }), 'resume.pdf');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.resume;
}

describe('templates outside the corpus', () => {
  it("reads Jake's resume layout: title over employer, dates and places in a right column", async () => {
    const resume = await parse([
      left('Jake Ryan', 250, 60, 24, true),
      left('123-456-7890 | jake@su.edu | linkedin.com/in/jake | github.com/jake', 150, 80, 9),
      left('EDUCATION', 50, 110, 12, true),
      left('Southwestern University', 50, 126, 10, true),
      right('Georgetown, TX', 126),
      left('Bachelor of Arts in Computer Science, Minor in Business', 50, 139, 9),
      right('Aug. 2018 – May 2021', 139, 9),
      left('Blinn College', 50, 154, 10, true),
      right('Bryan, TX', 154),
      left('Associate’s in Liberal Arts', 50, 167, 9),
      right('Aug. 2014 – May 2018', 167, 9),
      left('EXPERIENCE', 50, 195, 12, true),
      left('Undergraduate Research Assistant', 50, 211, 10, true),
      right('June 2020 – Present', 211),
      left('Texas A&M University', 50, 224, 9),
      right('College Station, TX', 224, 9),
      left(
        '• Developed a REST API using FastAPI and PostgreSQL to store learning data',
        60,
        238,
        9,
      ),
      left('• Explored ways to visualize GitHub collaboration in a classroom', 60, 250, 9),
      left('PROJECTS', 50, 280, 12, true),
      left('Gitlytics | Python, Flask, React, PostgreSQL, Docker', 50, 296, 10, true),
      right('June 2020 – Present', 296),
      left('• Developed a full-stack web application with Flask and React', 60, 310, 9),
      left('TECHNICAL SKILLS', 50, 340, 12, true),
      left('Languages: Java, Python, C/C++, SQL (Postgres), JavaScript', 50, 356, 9),
      left('Developer Tools: Git, Docker, Google Cloud Platform, VS Code', 50, 368, 9),
    ]);
    expect(resume.basics).toMatchObject({
      name: 'Jake Ryan',
      phone: '123-456-7890',
      email: 'jake@su.edu',
    });
    expect(resume.basics?.profiles?.map((p) => p.network)).toEqual(['LinkedIn', 'GitHub']);
    expect(resume.education).toEqual([
      {
        institution: 'Southwestern University',
        studyType: 'Bachelor of Arts',
        area: 'Computer Science',
        startDate: '2018-08',
        endDate: '2021-05',
      },
      {
        institution: 'Blinn College',
        studyType: 'Associate’s',
        area: 'Liberal Arts',
        startDate: '2014-08',
        endDate: '2018-05',
      },
    ]);
    expect(resume.work?.[0]).toMatchObject({
      name: 'Texas A&M University',
      position: 'Undergraduate Research Assistant',
      location: 'College Station, TX',
      startDate: '2020-06',
    });
    expect(resume.work?.[0]?.endDate).toBeUndefined();
    expect(resume.projects?.[0]).toMatchObject({
      name: 'Gitlytics',
      keywords: ['Python', 'Flask', 'React', 'PostgreSQL', 'Docker'],
      startDate: '2020-06',
    });
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Java', 'Python', 'C/C++', 'SQL (Postgres)', 'JavaScript'] },
      { name: 'Developer Tools', keywords: ['Git', 'Docker', 'Google Cloud Platform', 'VS Code'] },
    ]);
  });

  it('reads "Title at Employer (dates)", a summary without a heading and languages with levels', async () => {
    const resume = await parse([
      left('Priya Sharma', 50, 60, 22, true),
      left('Senior Data Scientist', 50, 82, 12),
      left('priya.sharma@mail.com • +91 98765 43210 • Bengaluru, India', 50, 100, 9),
      left(
        'Data scientist with 8 years of experience building recommendation systems at scale, leading',
        50,
        125,
      ),
      left('teams of five and publishing at KDD.', 50, 138),
      left('Work History', 50, 165, 13, true),
      left('Lead Data Scientist at Flipkart (Jan 2021 – Present)', 50, 183, 10, true),
      left('- Built the ranking model behind the home feed, lifting click-through by 12%', 60, 197),
      left('- Mentored five data scientists', 60, 211),
      left('Data Scientist at Swiggy (Jul 2017 – Dec 2020)', 50, 231, 10, true),
      left('- Forecast order volume for 500 cities', 60, 245),
      left('Academic Background', 50, 275, 13, true),
      left('Master of Technology in Computer Science, IIT Bombay, 2017 (CGPA 9.1/10)', 50, 293),
      left('Bachelor of Engineering in Information Technology, Anna University, 2015', 50, 307),
      left('Certifications', 50, 335, 13, true),
      left('AWS Certified Machine Learning – Specialty, Amazon Web Services, 2022', 50, 353),
      left('Languages', 50, 381, 13, true),
      left('English (Fluent), Hindi (Native), Kannada (Conversational)', 50, 399),
    ]);
    expect(resume.basics).toMatchObject({
      label: 'Senior Data Scientist',
      phone: '+91 98765 43210',
      location: { city: 'Bengaluru', countryCode: 'IN' },
      summary:
        'Data scientist with 8 years of experience building recommendation systems at scale, leading teams of five and publishing at KDD.',
    });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Flipkart', 'Lead Data Scientist', '2021-01', undefined],
      ['Swiggy', 'Data Scientist', '2017-07', '2020-12'],
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'IIT Bombay',
        studyType: 'Master of Technology',
        area: 'Computer Science',
        endDate: '2017',
        score: '9.1/10',
      },
      {
        institution: 'Anna University',
        studyType: 'Bachelor of Engineering',
        area: 'Information Technology',
        endDate: '2015',
      },
    ]);
    expect(resume.certificates).toEqual([
      {
        name: 'AWS Certified Machine Learning – Specialty',
        issuer: 'Amazon Web Services',
        date: '2022',
      },
    ]);
    expect(resume.languages?.map((l) => l.language)).toEqual(['English', 'Hindi', 'Kannada']);
  });
});
